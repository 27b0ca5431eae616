import type { IsoDate } from '../calendar/iso-date';
import { deadlineEntryOf } from '../deadlines/deadline-rules';
import { statusOn } from '../deadlines/deadline-status';
import { reviewStage } from '../deadlines/review-stage';
import {
  type Deadline,
  deadlinesUnder,
  prepareDeadlineRules,
} from '../deadlines/statutory-deadlines';
import { plural } from '../internal/plural';
import type { CliCommand } from './cli-command';
import type { CliIo } from './cli-io';
import { CATALOG_ARGUMENT, catalogArgument, jsonOption, todayOption } from './common-options';
import { fileLabel, validCatalog } from './read-catalog';
import { columns, paragraph, wrap } from './text-layout';

/** `ddscp deadlines <catalog.json>`: each review's stage and the status of its deadlines. */
export const deadlinesCommand: CliCommand = {
  name: 'deadlines',
  usage: ['<catalog.json> [--today YYYY-MM-DD] [--json]'],
  summary: "Each review's stage and its statutory deadlines, soonest first, met or not.",
  description: [
    "Each review's stage on the day and its statutory deadlines (in working days of England and Wales where the rule says so), in the order they fall due, each open, overdue, met or missed.",
    'A deadline needs the day it counts from: a timeline that records no such day gives none.',
    CATALOG_ARGUMENT.replace('COMMAND', 'deadlines'),
  ],
  options: { today: todayOption, json: jsonOption },
  exitStatus: '0 done, 2 the command could not run',
  examples: ['deadlines catalog.json', 'deadlines catalog.json --json'],
  async run(context) {
    const path = catalogArgument(deadlinesCommand, context);
    const today = context.today();
    return deadlinesOf(path, today, context.options.json === true, context.io);
  },
};

async function deadlinesOf(
  path: string,
  today: IsoDate,
  json: boolean,
  io: CliIo,
): Promise<number> {
  const catalog = await validCatalog(path, io);
  const rules = prepareDeadlineRules();
  const reviews = catalog.reviews.map((review) => {
    const { stage, since } = reviewStage(review, today);
    let problem: string | null = null;
    let deadlines: Deadline[] = [];
    try {
      deadlines = deadlinesUnder(review, rules);
    } catch (error) {
      problem = (error as Error).message;
    }
    return {
      id: review.id,
      reference: review.reference,
      pseudonym: review.pseudonym ?? null,
      stage,
      since: since ?? null,
      // In the order they fall due (the table's order where two fall on one day).
      deadlines: [...deadlines]
        .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
        .map((deadline) => ({ ...deadline, status: statusOn(deadline, review, today) })),
      problem,
    };
  });
  if (json) {
    io.out(`${JSON.stringify({ file: path, today, reviews }, null, 2)}\n`);
    return 0;
  }
  const lines = wrap(
    `${fileLabel(path)} on ${today}: deadlines of ${plural(reviews.length, 'review')}.`,
    2,
  );
  for (const review of reviews) {
    const name = review.pseudonym ? `${review.pseudonym} (${review.reference})` : review.reference;
    const stage = `${review.stage.replaceAll('-', ' ')}${review.since ? ` since ${review.since}` : ''}`;
    lines.push('', ...wrap(`${name}: ${stage}`, 2));
    if (review.problem) {
      lines.push(...paragraph(`Deadlines cannot be worked out: ${review.problem}`, 2));
    } else if (review.deadlines.length === 0) {
      lines.push(
        ...paragraph(
          'No deadlines: the timeline records no day they count from, or none apply to this kind of review.',
          2,
        ),
      );
    } else {
      lines.push(
        ...columns([
          ['', 'DUE', 'STATUS', 'DEADLINE'],
          ...review.deadlines.map((deadline) => [
            '',
            deadline.due,
            deadline.status,
            `${deadlineEntryOf(deadline.kind).name} (from ${deadline.from}; ${deadline.basis})`,
          ]),
        ]),
      );
    }
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
