// Writes the JSON Schemas of the model into schema/ for tools in other languages.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/json-schemas.js';

const dir = new URL('../schema/', import.meta.url);
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(name, dir), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}`);
}
