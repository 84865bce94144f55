// Scores prepared inputs with ONNX Runtime (the onnxruntime-node package) for the parity test:
//   node run_onnx.js MODEL.onnx INPUTS.json OUTPUT_PREFIX
// INPUTS.json: {"rows": N, "numeric": {"file": F, "columns": K} | null, "categorical": {"values":
// [[...], ...]} | null}; numeric values are float32 little-endian in F, row-major. Writes one
// OUTPUT_PREFIX<name>.bin per graph output (float32 or int64 little-endian).
const fs = require('fs');
const ort = require('onnxruntime-node');

async function main() {
  const [modelPath, inputsPath, prefix] = process.argv.slice(2);
  const spec = JSON.parse(fs.readFileSync(inputsPath, 'utf8'));
  const session = await ort.InferenceSession.create(modelPath);
  const feeds = {};
  if (spec.numeric) {
    const bytes = fs.readFileSync(spec.numeric.file);
    const values = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    feeds.numeric = new ort.Tensor('float32', values, [spec.rows, spec.numeric.columns]);
  }
  if (spec.categorical) {
    const flat = spec.categorical.values.flat();
    feeds.categorical = new ort.Tensor('string', flat, [spec.rows, spec.categorical.values[0].length]);
  }
  const results = await session.run(feeds);
  for (const name of session.outputNames) {
    const data = results[name].data;
    fs.writeFileSync(prefix + name + '.bin', Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  console.log('onnxruntime-node ' + require('onnxruntime-node/package.json').version + ': ' + session.outputNames.join(', '));
}

main().catch((e) => { console.error(e.message || e); process.exit(1); });
