// ImportDialog: options on the left, the parsed preview with role selectors on the right.
#include "ImportDialog.h"
#include "preferences/Preferences.h"
#include "views/FormTips.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace {

const std::pair<awb::ColumnRole, const char *> kRoles[] = {
    {awb::ColumnRole::NumericFeature, QT_TRANSLATE_NOOP("ImportDialog", "numeric feature")},
    {awb::ColumnRole::CategoricalFeature, QT_TRANSLATE_NOOP("ImportDialog", "categorical feature")},
    {awb::ColumnRole::Label, QT_TRANSLATE_NOOP("ImportDialog", "label")},
    {awb::ColumnRole::Ignored, QT_TRANSLATE_NOOP("ImportDialog", "ignored")},
    {awb::ColumnRole::AttackType, QT_TRANSLATE_NOOP("ImportDialog", "attack type")},
};

} // namespace

ImportDialog::ImportDialog(const QString &file, QWidget *parent) : QDialog(parent), file_(file)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    setObjectName("importDialog");

    QFormLayout *form = buildOptionsForm();


    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Load"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addLayout(form);
    body->addLayout(buildPreview(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(1300, 700);

    connect(delimiter_, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(header_, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(label_, &QComboBox::currentIndexChanged, this, &ImportDialog::labelChanged);
    connect(log_, &QComboBox::currentIndexChanged, this, &ImportDialog::updateLogRow);
    connect(label_, &QComboBox::activated, this, &ImportDialog::recordRoles);
    undo_ = new QUndoStack(this);
    QAction *undo = undo_->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undo_->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    connect(roleTable_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!updating_ && item->row() == 1 && (item->flags() & Qt::ItemIsUserCheckable))
            logOverrides_[item->column()] = item->checkState() == Qt::Checked;
    });
    refreshPreview();
}

// The left-hand side: how the file is read, labelled, encoded and split.
QFormLayout *ImportDialog::buildOptionsForm()
{
    delimiter_ = new QComboBox;
    delimiter_->addItem(tr("detect"), QVariant());
    delimiter_->addItem(tr("comma ,"), int(','));
    delimiter_->addItem(tr("semicolon ;"), int(';'));
    delimiter_->addItem(tr("tab"), int('\t'));
    delimiter_->addItem(tr("pipe |"), int('|'));
    delimiter_->setToolTip(tr("The character between fields. Detected from the first lines unless you choose one."));
    header_ = new QComboBox;
    header_->addItem(tr("detect"), QVariant());
    header_->addItem(tr("first line is a header"), true);
    header_->addItem(tr("no header"), false);
    header_->setToolTip(tr("Whether the first line names the columns. Detected unless you choose: a first line of "
                           "words over numeric rows is a header."));
    label_ = new QComboBox;
    label_->setObjectName("labelColumn");
    label_->setToolTip(tr("The column that says whether a row is normal or an attack. Without one, "
                          "models still score rows but nothing can be evaluated."));
    normal_ = new QLineEdit;
    normal_->setToolTip(tr("Label values that mean normal traffic, comma-separated. Every other value is "
                           "an anomaly. Empty: detected (normal, benign, 0, ...)."));
    missing_ = new QComboBox;
    missing_->addItem(tr("impute the training median"), int(awb::MissingPolicy::Impute));
    missing_->addItem(tr("drop the row"), int(awb::MissingPolicy::DropRow));
    missing_->addItem(tr("stop with an error"), int(awb::MissingPolicy::Fail));
    missing_->setToolTip(tr("What to do with empty, NaN, NA, null, \u2018-\u2019, \u2018?\u2019 or infinite cells in numeric columns."));
    scaling_ = new QComboBox;
    scaling_->setObjectName(QStringLiteral("scaling"));
    addScalingChoices(scaling_);
    scaling_->setToolTip(tr("Scaling of numeric features, fitted on the training rows only. Robust scaling is "
                            "least moved by outliers."));
    log_ = new QComboBox;
    log_->setObjectName(QStringLiteral("logTransform"));
    log_->addItem(tr("off"), int(awb::LogTransform::Off));
    log_->addItem(tr("heavy-tailed counters"), int(awb::LogTransform::HeavyTailed));
    log_->setToolTip(tr("log1p before scaling, for non-negative columns whose values span three decades (bytes, "
                        "packets, durations). Tick or untick single columns in the preview's log1p row."));
    const awb::LoadOptions initial;
    scaling_->setCurrentIndex(scaling_->findData(int(Preferences::load().scaling)));  // the analyst's default
    log_->setCurrentIndex(log_->findData(int(initial.log)));

    QHBoxLayout *testRow = buildRowsAndSplit();

    auto *form = new QFormLayout;
    auto *fileName = new QLabel(QFileInfo(file_).fileName());
    fileName->setToolTip(QDir::toNativeSeparators(QFileInfo(file_).absoluteFilePath()));
    form->addRow(tr("File"), fileName);
    form->addRow(tr("Delimiter"), delimiter_);
    form->addRow(tr("Header"), header_);
    form->addRow(tr("Label column"), label_);
    form->addRow(tr("Normal values"), normal_);
    form->addRow(tr("Missing cells"), missing_);
    form->addRow(tr("Scaling"), scaling_);
    form->addRow(tr("Log transform"), log_);
    form->addRow(tr("Rows"), sample_);
    form->addRow(tr("Test file"), testRow);
    form->addRow(tr("Test fraction"), testFraction_);
    form->addRow(tr("Split seed"), seed_);
    shareTooltipsWithLabels(form);
    return form;
}

// Which rows are read, and how the test rows are chosen: the sample size, the test file (the
// returned row, with its browse button), the test fraction and the seed.
QHBoxLayout *ImportDialog::buildRowsAndSplit()
{
    testFile_ = new QLineEdit;
    testFile_->setObjectName(QStringLiteral("testFile"));
    testFile_->setPlaceholderText(tr("none: split the training file"));
    testFile_->setToolTip(tr("A separate file to evaluate on (same columns), such as NSL-KDD's KDDTest+. Without one, "
                             "a stratified share of this file is held out."));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Test file"), QFileInfo(file_).absolutePath(),
                                                            tr("Data files (*.csv *.tsv *.txt *.gz);;All files (*)"));
        if (!chosen.isEmpty())
            testFile_->setText(chosen);
    });
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(testFile_);
    testRow->addWidget(browse);
    testFraction_ = new QDoubleSpinBox;
    testFraction_->setRange(0.05, 0.9);
    testFraction_->setSingleStep(0.05);
    testFraction_->setToolTip(tr("Share of the rows held out for testing, stratified by class."));
    seed_ = new QSpinBox;
    seed_->setObjectName(QStringLiteral("splitSeed"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setToolTip(tr("Seed of the stratified split and of the row sample: the same seed gives the same rows."));
    sample_ = new QSpinBox;
    sample_->setObjectName(QStringLiteral("sampleRows"));
    sample_->setRange(0, static_cast<int>(awb::LoadOptions::kMaxSampleRows));
    sample_->setSingleStep(10'000);
    sample_->setGroupSeparatorShown(true);
    sample_->setSpecialValueText(tr("all rows"));
    sample_->setToolTip(tr("Train and evaluate on a uniform random sample of this many rows of the file, read in one "
                           "pass (at least 100; 0 reads every row): for files too large for memory. The dataset summary "
                           "says the rows were sampled."));
    const auto enableSplit = [this] {
        testFraction_->setEnabled(testFile_->text().isEmpty());
        seed_->setEnabled(testFile_->text().isEmpty() || sample_->value() > 0);
    };
    connect(testFile_, &QLineEdit::textChanged, this, enableSplit);
    connect(sample_, &QSpinBox::valueChanged, this, enableSplit);
    connect(sample_, &QSpinBox::editingFinished, this, [this] {
        if (constexpr int least = awb::LoadOptions::kMinSampleRows; sample_->value() > 0 && sample_->value() < least)
            sample_->setValue(least);
    });
    const awb::LoadOptions defaults;
    testFraction_->setValue(defaults.testFraction);
    seed_->setValue(static_cast<int>(defaults.seed));
    return testRow;
}

// The right-hand side: the role table above the rows, the bulk role chooser and the status line.
QVBoxLayout *ImportDialog::buildPreview()
{
    bulkRole_ = new QComboBox;
    bulkRole_->setObjectName(QStringLiteral("bulkRole"));
    bulkRole_->addItem(tr("Set the selected columns to..."), -1);
    for (const auto &[value, text] : kRoles)
        bulkRole_->addItem(tr(text), int(value));
    bulkRole_->setToolTip(tr("Select cells in several columns of the preview, then choose their role here."));
    connect(bulkRole_, &QComboBox::activated, this, [this] {
        if (bulkRole_->currentData().toInt() >= 0)
            setSelectedRoles(awb::ColumnRole(bulkRole_->currentData().toInt()));
        bulkRole_->setCurrentIndex(0);
    });
    table_ = new QTableWidget;
    table_->setObjectName("previewTable");
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setDefaultSectionSize(22);
    table_->horizontalHeader()->hide();
    // The names, roles and log1p row sit in a table of their own above the rows, so they stay in
    // view however far the rows scroll; the two scroll sideways together, column for column.
    roleTable_ = new QTableWidget(2, 0);
    roleTable_->setObjectName("roleTable");
    roleTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    roleTable_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    roleTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    roleTable_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (QTableWidget *t : {table_, roleTable_})
        t->verticalHeader()->setFixedWidth(70);
    connect(table_->horizontalScrollBar(), &QScrollBar::valueChanged, roleTable_->horizontalScrollBar(), &QScrollBar::setValue);
    connect(roleTable_->horizontalScrollBar(), &QScrollBar::valueChanged, table_->horizontalScrollBar(), &QScrollBar::setValue);
    connect(roleTable_->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int width) { table_->setColumnWidth(column, width); });
    status_ = new QLabel;
    status_->setObjectName("previewStatus");
    status_->setWordWrap(true);
    auto *right = new QVBoxLayout;
    auto *intro = new QLabel(tr("Rows spread over the file (their line numbers on the left), as they will be read. Choose each "
                                "column's role in the first row; hover over a role to see why it is proposed (ignored, "
                                "the attack type) or what was noticed about the column."));
    intro->setWordWrap(true);
    right->addWidget(intro);
    right->addWidget(bulkRole_, 0, Qt::AlignLeft);
    right->addWidget(roleTable_);
    right->addWidget(table_, 1);
    right->addWidget(status_);
    return right;
}

awb::LoadOptions ImportDialog::readOptions() const
{
    awb::LoadOptions o;
    o.trainFile = file_.toStdString();
    if (delimiter_->currentData().isValid())
        o.read.delimiter = static_cast<char>(delimiter_->currentData().toInt());
    if (header_->currentData().isValid())
        o.read.header = header_->currentData().toBool();
    return o;
}

void ImportDialog::refreshPreview()
{
    try {
        preview_ = awb::previewFile(file_.toStdString(), readOptions());
        previewError_.clear();
        const QString delimiter = preview_.delimiter == '\t' ? tr("tab") : QStringLiteral("'%1'").arg(QChar(preview_.delimiter));
        QString status = tr("%n column(s), delimiter %1, %2.", "", int(preview_.schema.columns.size()))
                             .arg(delimiter, preview_.hasHeader ? tr("the first line is a header") : tr("no header line"));
        if (preview_.decimalPoint == ',')
            status += QLatin1Char(' ') + tr("Numbers are written with a decimal comma (0,25).");
        if (preview_.readAsWindows1252)
            status += QLatin1Char(' ') + tr("The text is not UTF-8: it is read as Windows-1252, as Excel on Windows saves it.");
        if (!preview_.labelMix.empty()) {
            // Over the data rows the load reads: not the rows of empty cells or header copies it skips.
            std::size_t rows = 0;
            for (const auto &value : preview_.labelMix)
                rows += value.second;
            QStringList mix;
            for (std::size_t i = 0; i < preview_.labelMix.size() && i < 6; ++i)
                mix << tr("\u201C%1\u201D %2 %", "a label value in quotes, its share of the rows")
                           .arg(QString::fromStdString(preview_.labelMix[i].first))
                           .arg(QLocale().toString(100.0 * double(preview_.labelMix[i].second) / double(rows), 'f', 1));
            if (preview_.labelMix.size() > 6)
                mix << tr("%n more values", "", int(preview_.labelMix.size() - 6));
            status += ' ' + (preview_.wholeFile ? tr("Labels over all %1 rows: %2.") : tr("Labels over the first %1 rows: %2."))
                                .arg(QLocale().toString(qulonglong(rows)), mix.join(QStringLiteral(", ")));
        }
        status_->setText(status);
    } catch (const std::exception &e) {
        preview_ = {};
        previewError_ = QString::fromStdString(e.what());
        status_->setText(QStringLiteral("<span style='color:#c33'>%1</span>").arg(previewError_.toHtmlEscaped()));
    }
    fillTable(preview_);
}

void ImportDialog::fillTable(const awb::FilePreview &preview)
{
    updating_ = true;
    const auto &columns = preview.schema.columns;
    table_->clear();
    roleTable_->clear();
    roles_.clear();
    table_->setColumnCount(static_cast<int>(columns.size()));
    roleTable_->setColumnCount(static_cast<int>(columns.size()));
    table_->setRowCount(static_cast<int>(preview.rows.size()));
    logOverrides_.clear();
    QStringList headers;
    label_->clear();
    label_->addItem(tr("(none: unlabelled)"), -1);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QString name = QString::fromStdString(columns[c].name);
        headers << name;
        label_->addItem(name, static_cast<int>(c));
        auto *role = new QComboBox;
        for (const auto &[value, text] : kRoles)
            role->addItem(tr(text), int(value));
        role->setCurrentIndex(role->findData(int(columns[c].role)));
        if (const QString because = QString::fromStdString(columns[c].proposedBecause); !because.isEmpty())
            role->setToolTip(columns[c].role == awb::ColumnRole::Ignored      ? tr("Proposed as ignored: %1.").arg(because)
                             : columns[c].role == awb::ColumnRole::AttackType ? tr("Proposed as the attack type: %1.").arg(because)
                                                                              : tr("Proposed as a feature: %1.").arg(because));
        const int column = static_cast<int>(c);
        connect(role, &QComboBox::currentIndexChanged, this, [this, column, role] {
            const bool byUser = !updating_;
            roleChanged(column, awb::ColumnRole(role->currentData().toInt()));
            updateColumnLook(column);
            if (byUser)
                recordRoles();
        });
        roleTable_->setCellWidget(0, column, role);
        roles_.push_back(role);
    }
    roleTable_->setHorizontalHeaderLabels(headers);
    roleTable_->setVerticalHeaderLabels({tr("role"), tr("log1p")});
    QStringList rowLabels;
    for (const std::uint64_t line : preview.lineNumbers)
        rowLabels << QString::number(line);  // as errors and the results' Line column give it
    table_->setVerticalHeaderLabels(rowLabels);
    for (std::size_t r = 0; r < preview.rows.size(); ++r)
        for (std::size_t c = 0; c < preview.rows[r].size() && c < columns.size(); ++c)
            table_->setItem(static_cast<int>(r), static_cast<int>(c),
                            new QTableWidgetItem(QString::fromStdString(preview.rows[r][c])));
    for (std::size_t c = 0; c < columns.size(); ++c) {
        auto *log = new QTableWidgetItem;
        if (columns[c].looksNumeric) {
            log->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            log->setToolTip(columns[c].heavyTailed ? tr("Heavy-tailed: spans three decades above its median.")
                                                   : tr("Take log1p of this column before scaling."));
        } else {
            log->setFlags(Qt::NoItemFlags);
        }
        roleTable_->setItem(1, static_cast<int>(c), log);
        updateColumnLook(static_cast<int>(c));
    }
    updateLogRow();
    label_->setCurrentIndex(label_->findData(preview.schema.labelColumn));
    QStringList detected;
    for (const auto &v : preview.detectedNormalValues)
        detected << QString::fromStdString(v);
    normal_->setPlaceholderText(detected.isEmpty() ? tr("detect") : tr("detected: %1").arg(detected.join(", ")));
    alignTables();
    updating_ = false;
    undo_->clear();  // other columns: the earlier steps mean nothing here
    recordedRoles_ = roleSnapshot();
}

// Each column as wide as the wider of its two parts; the role table as tall as its two rows.
void ImportDialog::alignTables()
{
    table_->resizeColumnsToContents();
    roleTable_->resizeColumnsToContents();
    for (int c = 0; c < table_->columnCount(); ++c) {
        const int width = std::max(table_->columnWidth(c), roleTable_->columnWidth(c));
        roleTable_->setColumnWidth(c, width);  // and, through sectionResized, the rows' column
    }
    roleTable_->setFixedHeight(roleTable_->horizontalHeader()->sizeHint().height() + roleTable_->rowHeight(0) +
                               roleTable_->rowHeight(1) + 2 * roleTable_->frameWidth());
}

// The log1p row: ticked where the run's mode takes the log, unless the analyst ticked otherwise.
void ImportDialog::updateLogRow()
{
    const bool wasUpdating = updating_;
    updating_ = true;
    const bool heavy = awb::LogTransform(log_->currentData().toInt()) == awb::LogTransform::HeavyTailed;
    const auto &columns = preview_.schema.columns;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        QTableWidgetItem *item = roleTable_->item(1, static_cast<int>(c));
        if (!item || !(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        const auto own = logOverrides_.find(static_cast<int>(c));
        const bool on = own != logOverrides_.end() ? own->second : heavy && columns[c].heavyTailed;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    updating_ = wasUpdating;
}

// An ignored column's preview cells are greyed out.
void ImportDialog::updateColumnLook(int column)
{
    const bool ignored = awb::ColumnRole(roles_[static_cast<std::size_t>(column)]->currentData().toInt()) ==
                         awb::ColumnRole::Ignored;
    const QBrush text = palette().brush(ignored ? QPalette::Disabled : QPalette::Active, QPalette::Text);
    for (int r = 0; r < table_->rowCount(); ++r)
        if (QTableWidgetItem *item = table_->item(r, column))
            item->setForeground(text);
}

void ImportDialog::setSelectedRoles(awb::ColumnRole role)
{
    std::set<int> columns;
    for (const QTableWidget *t : {table_, roleTable_})
        for (const QTableWidgetSelectionRange &range : t->selectedRanges())
            for (int c = range.leftColumn(); c <= range.rightColumn(); ++c)
                columns.insert(c);
    undo_->beginMacro(tr("Set %n columns' role", "", int(columns.size())));
    for (const int c : columns)
        roles_[static_cast<std::size_t>(c)]->setCurrentIndex(roles_[static_cast<std::size_t>(c)]->findData(int(role)));
    undo_->endMacro();
}

std::vector<int> ImportDialog::roleSnapshot() const
{
    std::vector<int> snapshot;
    for (const QComboBox *role : roles_)
        snapshot.push_back(role->currentData().toInt());
    snapshot.push_back(label_->currentData().toInt());
    return snapshot;
}

void ImportDialog::applyRoleSnapshot(const std::vector<int> &snapshot)
{
    if (snapshot.size() != roles_.size() + 1)
        return;
    updating_ = true;
    for (std::size_t c = 0; c < roles_.size(); ++c) {
        roles_[c]->setCurrentIndex(roles_[c]->findData(snapshot[c]));
        updateColumnLook(static_cast<int>(c));
    }
    label_->setCurrentIndex(label_->findData(snapshot.back()));
    updating_ = false;
    recordedRoles_ = snapshot;
}

void ImportDialog::recordRoles()
{
    class ChangeRoles : public QUndoCommand {
    public:
        ChangeRoles(ImportDialog *dialog, std::vector<int> before, std::vector<int> after)
            : QUndoCommand(ImportDialog::tr("Change a column's role")), dialog_(dialog), before_(std::move(before)),
              after_(std::move(after))
        {
        }
        void undo() override { dialog_->applyRoleSnapshot(before_); }
        void redo() override { dialog_->applyRoleSnapshot(after_); }

    private:
        ImportDialog *dialog_;
        std::vector<int> before_, after_;
    };
    std::vector<int> now = roleSnapshot();
    if (now == recordedRoles_)
        return;
    undo_->push(new ChangeRoles(this, recordedRoles_, now));
}

void ImportDialog::roleChanged(int column, awb::ColumnRole role)
{
    if (updating_)
        return;
    updating_ = true;
    if (role == awb::ColumnRole::Label) {
        for (std::size_t c = 0; c < roles_.size(); ++c)
            if (static_cast<int>(c) != column && awb::ColumnRole(roles_[c]->currentData().toInt()) == awb::ColumnRole::Label)
                roles_[c]->setCurrentIndex(roles_[c]->findData(int(awb::ColumnRole::Ignored)));
        label_->setCurrentIndex(label_->findData(column));
    } else if (label_->currentData().toInt() == column) {
        label_->setCurrentIndex(0);
    }
    updating_ = false;
}

void ImportDialog::labelChanged()
{
    if (updating_)
        return;
    const int column = label_->currentData().toInt();
    updating_ = true;
    for (std::size_t c = 0; c < roles_.size(); ++c) {
        const auto role = awb::ColumnRole(roles_[c]->currentData().toInt());
        if (static_cast<int>(c) == column)
            roles_[c]->setCurrentIndex(roles_[c]->findData(int(awb::ColumnRole::Label)));
        else if (role == awb::ColumnRole::Label)
            roles_[c]->setCurrentIndex(roles_[c]->findData(int(awb::ColumnRole::Ignored)));
    }
    updating_ = false;
}

int ImportDialog::columnOf(const awb::ColumnRef &ref) const
{
    const auto &columns = preview_.schema.columns;
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (ref.matches(static_cast<int>(c), columns[c].name))
            return static_cast<int>(c);
    return -1;
}

void ImportDialog::setOptions(const awb::LoadOptions &stored)
{
    // How the file is read first: the columns depend on it.
    selectData(delimiter_, stored.read.delimiter ? QVariant(int(*stored.read.delimiter)) : QVariant());
    selectData(header_, stored.read.header ? QVariant(*stored.read.header) : QVariant());
    testFile_->setText(QString::fromStdString(stored.testFile));
    testFraction_->setValue(stored.testFraction);
    seed_->setValue(static_cast<int>(stored.seed));
    sample_->setValue(static_cast<int>(std::min<std::size_t>(stored.sampleRows, static_cast<std::size_t>(sample_->maximum()))));
    selectData(missing_, int(stored.missing));
    selectData(scaling_, int(stored.scaling));
    selectData(log_, int(stored.log));
    if (stored.label)
        selectData(label_, columnOf(*stored.label));
    QStringList normal;
    for (const std::string &value : stored.normalValues)
        normal << QString::fromStdString(value);
    normal_->setText(normal.join(QStringLiteral(",")));
    for (const auto &[ref, role] : stored.roleOverrides)
        if (const int c = columnOf(ref); c >= 0)
            selectData(roles_[static_cast<std::size_t>(c)], int(role));
    for (const auto &[ref, on] : stored.logOverrides)
        if (const int c = columnOf(ref); c >= 0)
            logOverrides_[c] = on;
    updateLogRow();
    undo_->clear();  // the stored choices are where the analyst starts from
    recordedRoles_ = roleSnapshot();
}

awb::LoadOptions ImportDialog::options() const
{
    awb::LoadOptions o = readOptions();
    o.testFile = testFile_->text().toStdString();
    o.testFraction = testFraction_->value();
    o.seed = static_cast<std::uint64_t>(seed_->value());
    o.sampleRows = static_cast<std::size_t>(sample_->value());
    o.missing = awb::MissingPolicy(missing_->currentData().toInt());
    o.scaling = awb::Scaling(scaling_->currentData().toInt());
    o.log = awb::LogTransform(log_->currentData().toInt());
    for (const auto &[column, on] : logOverrides_) {
        awb::ColumnRef ref;
        ref.index = column;
        o.logOverrides.emplace_back(ref, on);
    }
    const int label = label_->currentData().toInt();
    if (label >= 0) {
        awb::ColumnRef ref;
        ref.index = label;
        o.label = ref;
    }
    for (const QString &value : normal_->text().split(',', Qt::SkipEmptyParts))
        o.normalValues.push_back(value.trimmed().toStdString());
    // Only the roles the analyst changed: the loader proposes the rest itself, with its reasons.
    for (std::size_t c = 0; c < roles_.size(); ++c) {
        const auto role = awb::ColumnRole(roles_[c]->currentData().toInt());
        if (c < preview_.schema.columns.size() && role == preview_.schema.columns[c].role)
            continue;
        awb::ColumnRef ref;
        ref.index = static_cast<int>(c);
        o.roleOverrides.emplace_back(ref, role);
    }
    return o;
}
