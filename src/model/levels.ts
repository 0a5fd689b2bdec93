import type { Level } from './types';

const DIFFICULTY: Record<Level, string> = { 1: '基础', 2: '进阶', 3: '深入' };
const FREQUENCY: Record<Level, string> = { 1: '偶尔问', 2: '常问', 3: '高频' };

export function difficultyLabel(level: Level): string {
  return DIFFICULTY[level];
}

export function frequencyLabel(level: Level): string {
  return FREQUENCY[level];
}

/** ●●○ style meter, readable without colour. */
export function levelMeter(level: Level): string {
  return '●'.repeat(level) + '○'.repeat(3 - level);
}
