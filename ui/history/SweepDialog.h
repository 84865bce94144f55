// "Compare settings in one action": pick a detector and 1 to 3 of its settings with a list of
// values each (or FROM:TO:STEP ranges; the seed for several seeds). The dialog builds the sweep's
// grid text, checked by the core's parser before it closes; the detector's other settings are
// those of its panel.
#pragma once

#include <QDialog>

#include <array>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    explicit SweepDialog(const std::string &detectorId, QWidget *parent = nullptr);

    std::string detectorId() const;
    std::string grid() const;  // "detector.key=v1,v2;..."
    QComboBox *detectorBox() const { return detector_; }
    QComboBox *keyBox(int axis) const { return keys_[static_cast<std::size_t>(axis)]; }
    QLineEdit *valuesEdit(int axis) const { return values_[static_cast<std::size_t>(axis)]; }

    void accept() override;

private:
    void fillKeys();
    void updateCount();

    QComboBox *detector_;
    std::array<QComboBox *, 3> keys_{};
    std::array<QLineEdit *, 3> values_{};
    QLabel *count_;
};
