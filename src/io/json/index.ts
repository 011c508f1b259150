// JSON export and import of claim graphs: graphology JSON and statements@1. Browser-safe.
export { graphToJson, jsonToGraph } from './graphJson.ts';
export { isGraphologyJson } from '../sniff.ts';
export { JsonGraphReader, type ReadJson } from './readJson.ts';
export { graphToStatementsJson, statementsToJson } from './statementsJson.ts';
