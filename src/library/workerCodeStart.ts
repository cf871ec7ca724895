// Imported first by the parse worker: when its code began to load (the worker's boot before that is Node's
// own), so that the load's phases tell Node's start of a thread from the loading of the worker's code.
import { epochNow } from './loadTrace';

export const workerCodeStartedAt = epochNow();
