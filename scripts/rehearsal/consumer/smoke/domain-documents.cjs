// @ddscp/domain/documents from CommonJS: require() loads it and scanDocument still reads a
// PDF through pdf.js, which is an ES module only.
const assert = require('node:assert/strict');
const { scanDocument } = require('@ddscp/domain/documents');
const { onePagePdf } = require('../fixtures/one-page-pdf.cjs');

scanDocument(onePagePdf('Call 07700 900123 for the family.'), { type: 'pdf' }).then((scan) => {
  assert.deepEqual(
    scan.findings.map((finding) => [finding.kind, finding.match]),
    [['phone-number', '07700 900123']],
  );
});
