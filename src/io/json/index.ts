// JSON export and import of claim graphs: graphology JSON and statements@1. Browser-safe.
export { graphToJson, jsonToGraph, isGraphologyJson } from './graphJson.ts';
export { graphToStatementsJson, statementsToJson } from './statementsJson.ts';
