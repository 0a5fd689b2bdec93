import { writeFileSync } from 'node:fs';
import { emptyProgress } from '../../src/model/quiz/progressStore';
import { Scheduler } from '../../src/model/quiz/scheduler';
import type { Grade, StoredCard } from '../../src/model/quiz/scheduler';

const DAY = 86_400_000;

/**
 * Two months of plausible practice, made with the real scheduler: a few new cards a day, every
 * due card reviewed with mostly Good, some Again; a few quiz answers. The UI checks import it so
 * the tree, review page and dashboard screenshots show what a regular user sees.
 */
export function writeDemoProgress(file: string, ids: readonly string[], now: number, days = 60): void {
  const s = new Scheduler();
  const p = emptyProgress();
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const grade = (): Grade => {
    const r = random();
    return r < 0.12 ? 'again' : r < 0.22 ? 'hard' : r < 0.92 ? 'good' : 'easy';
  };
  let next = 0;
  for (let d = days; d >= 1; d--) {
    if (random() < 0.15) {
      continue; // a day off now and then
    }
    const dayAt = now - d * DAY + 9 * 3_600_000;
    const review = (id: string, card: StoredCard, at: number): void => {
      const r = s.grade(card, at, grade());
      p.cards[id] = r.card;
      (p.logs[id] ??= []).push(r.log);
    };
    for (const [id, card] of Object.entries(p.cards)) {
      if (card.due <= dayAt) {
        review(id, card, dayAt);
      }
    }
    for (let n = 0; n < 3 && next < ids.length; n++) {
      const id = ids[next++];
      review(id, s.newCard(dayAt), dayAt);
      const again = p.cards[id];
      if (again && again.due < dayAt + DAY / 2) {
        review(id, again, again.due); // the same-day learning step
      }
    }
    for (let n = 0; n < 4; n++) {
      const id = ids[Math.floor(random() * Math.min(next, ids.length))];
      if (id) {
        (p.answers[id] ??= []).push({ at: dayAt + n * 60_000, correct: random() > 0.3 });
      }
    }
  }
  writeFileSync(file, JSON.stringify(p));
}
