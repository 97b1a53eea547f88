// Action entry: reads inputs once, builds adapters, runs the pipeline. The only setFailed.
import * as core from '@actions/core';
import { errorMessage } from './errors.js';

async function main(): Promise<void> {
  // The full pipeline (collect → scan → sandbox → verdict → report) lands with the action issue;
  // until then the action refuses clearly rather than reporting a verdict it did not compute.
  core.setFailed('Airlock: the GitHub Action pipeline is not implemented in this build yet; use the CLI (airlock run).');
}

main().catch((error: unknown) => core.setFailed(errorMessage(error)));
