// The command-line options of the output formats that have some, shared by every command
// that writes graphs: --gexf-version (export, build, ingest, corpus accusations --gexf),
// --csv-header, --spreadsheet-safe and --jsonld-base (export and build).
import { Option, type Command } from 'commander';
import { InputError } from '../../errors.ts';
import { CSV_HEADERS, type CsvHeader } from '../../io/csv/index.ts';
import { GEXF_VERSIONS, type GexfVersion } from '../../io/gexf/index.ts';
import type { WriteOptions } from '../../io/graphFile.ts';

export interface WriteFlags {
  gexfVersion?: GexfVersion;
  csvHeader?: CsvHeader;
  spreadsheetSafe?: boolean;
  jsonldBase?: string;
}

export function addGexfVersionOption(command: Command): Command {
  return command.addOption(
    new Option('--gexf-version <version>', 'GEXF version: 1.3, or 1.2 for networkx and older readers')
      .choices(GEXF_VERSIONS)
      .default('1.3'),
  );
}

/** All the format options: --gexf-version, --csv-header, --spreadsheet-safe, --jsonld-base. */
export function addWriteOptions(command: Command): Command {
  return addGexfVersionOption(command)
    .addOption(
      new Option(
        '--csv-header <style>',
        "CSV headers: gephi (Gephi's spreadsheet import, Excel, pandas) or neo4j (neo4j-admin import)",
      )
        .choices(CSV_HEADERS)
        .default('gephi'),
    )
    .option(
      '--spreadsheet-safe',
      'CSV for Excel / LibreOffice: an apostrophe before any text cell a spreadsheet would run as a formula (=, +, -, @); without it the text is exact, as Neo4j and Gephi want it',
    )
    .option('--jsonld-base <iri>', 'JSON-LD: the IRI node keys are appended to (default urn:claimgraph:)');
}

export function writeOptionsFrom(flags: WriteFlags, module: string): WriteOptions {
  if (flags.jsonldBase !== undefined && !/^[a-z][a-z0-9+.-]*:\S*$/i.test(flags.jsonldBase))
    throw new InputError(
      module,
      `--jsonld-base ${JSON.stringify(flags.jsonldBase)} is not an absolute IRI (like https://example.org/claims/)`,
    );
  return {
    gexfVersion: flags.gexfVersion,
    csvHeader: flags.csvHeader,
    spreadsheetSafe: flags.spreadsheetSafe ?? false,
    jsonldBase: flags.jsonldBase,
  };
}
