/** Dutch function words ("de", "van", "nog"), from the stopword package's list: one set for every reader. */
import { nld } from 'stopword';

const STOP = new Set(nld);

/** Whether a lower-case word is a Dutch function word. */
export const isStopWord = (lower: string): boolean => STOP.has(lower);
