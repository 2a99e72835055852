/** A Liquid error as one line: `<template>:<line>:<col>: <problem>` (a UserError: exit 2, no stack). */
import { UserError } from '../core/errors.js';
import { displayPath } from './resolve-template.js';

interface LiquidLike extends Error {
  token?: { file?: string; getPosition?: () => [number, number] };
  originalError?: unknown;
}

const isLiquid = (e: unknown): e is LiquidLike =>
  e instanceof Error && typeof (e as LiquidLike).token?.getPosition === 'function';

/** The innermost Liquid error (a render error wraps the undefined variable, a partial's error, …). */
function innermost(err: LiquidLike): LiquidLike {
  let at = err;
  for (let i = 0; i < 10 && isLiquid(at.originalError); i++) at = at.originalError;
  return at;
}

/** Liquid appends ", file:…, line:…, col:…" to its messages; we print position first instead. */
const problemOf = (message: string): string =>
  message
    .replace(/(?:, file:[^\n]{0,4096}?)?, line:\d+, col:\d+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

export function templateError(err: unknown, templateDisplay: string): Error {
  if (!isLiquid(err)) return err instanceof Error ? err : new Error(String(err));
  const inner = innermost(err);
  const [line, col] = inner.token?.getPosition?.() ?? [1, 1];
  const file = inner.token?.file ? displayPath(inner.token.file) : templateDisplay;
  const cause =
    inner.originalError instanceof Error && !isLiquid(inner.originalError) ? inner.originalError.message : '';
  const problem = problemOf(inner.message) || problemOf(cause) || 'template error';
  return new UserError(`${file}:${line}:${col}: ${problem}`);
}
