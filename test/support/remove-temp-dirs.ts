// A setup file of every test file: its temp directories go when the file's tests have run.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.js';

afterAll(() => removeTempDirs());
