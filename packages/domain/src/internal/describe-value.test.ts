import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value';

describe('describeValue', () => {
  it('quotes strings and truncates long ones', () => {
    expect(describeValue('2024-13-01')).toBe('"2024-13-01"');
    expect(describeValue('x'.repeat(1000))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue('"quoted"\n')).toBe('"\\"quoted\\"\\n"');
  });

  it('shows dates, primitives and objects', () => {
    expect(describeValue(new Date('2024-06-30T23:30:00Z'))).toBe('Date(2024-06-30T23:30:00.000Z)');
    expect(describeValue(new Date(Number.NaN))).toBe('Date(invalid)');
    expect(describeValue(1.5)).toBe('1.5');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue({ hours: 5 })).toBe('{"hours":5}');
    expect(describeValue({ a: 'y'.repeat(200) })).toHaveLength(81);
  });

  it('falls back to the type for what JSON cannot show', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(describeValue(cycle)).toBe('a value of type object');
    expect(describeValue(() => 1)).toBe('a value of type function');
    expect(describeValue(Symbol('s'))).toBe('a value of type symbol');
  });
});
