import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { Logger, PipelineLogger } from '../../ports.js';
import { stripInvisible } from '../../report/sanitize-markdown.js';
import { wrapUntrustedLog } from '../../report/stop-commands.js';

/** The Actions log: one group per stage; untrusted text between ::stop-commands:: markers. */
export function actionsLogger(): PipelineLogger {
  return {
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    error: (message) => core.error(message),
    sandboxOutput: (_stream, line) => echoUntrusted([line]),
    group: (name, stage) => core.group(name, stage),
    untrusted: (title, lines) => {
      core.info(`${title}:`);
      echoUntrusted(lines);
    },
  };
}

function echoUntrusted(lines: readonly string[]): void {
  // A fresh token per block: output that guessed an earlier one cannot end this block.
  for (const line of wrapUntrustedLog(lines.map(stripInvisible), randomUUID())) core.info(line);
}

/** A terminal: stages and untrusted output as plain prefixed lines on the logger. */
export function terminalLogger(log: Logger): PipelineLogger {
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message) => log.error(message),
    sandboxOutput: (stream, line) => log.sandboxOutput(stream, line),
    group: async (name, stage) => {
      log.info(`— ${name.toLowerCase()}`);
      return stage();
    },
    untrusted: (_title, lines) => {
      for (const line of lines) log.sandboxOutput('stdout', stripInvisible(line));
    },
  };
}
