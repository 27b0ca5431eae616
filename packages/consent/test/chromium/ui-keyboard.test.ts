// Keyboard only, in real Chromium: the Tab order, Enter and Space on the buttons, the radios'
// arrow keys, and where focus goes after each choice.
import { describe, expect, it } from 'vitest';
import { useSite } from './ui-site';

const session = useSite();

/** What has focus: its tag and its text (or its role and label for the messages). */
const focused = () =>
  session.tab.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const label = element.getAttribute('role') ?? element.textContent?.trim() ?? '';
    return `${element.localName}: ${element.localName === 'input' ? (element as HTMLInputElement).value : label}`;
  });

/** Presses Tab and tells what has focus then. */
async function tabTo(): Promise<string> {
  await session.tab.keyboard.press('Tab');
  return focused();
}

const consentState = () =>
  session.tab.evaluate(
    () =>
      (
        window as unknown as {
          consent: { state: { decided: boolean; analytical: boolean; method?: string } };
        }
      ).consent.state,
  );

describe('the banner, by keyboard alone', () => {
  it('comes first in the Tab order: Accept, Reject, View cookies, then the page', async () => {
    await session.open('/');
    expect(await tabTo()).toBe('button: Accept analytics cookies');
    expect(await tabTo()).toBe('button: Reject analytics cookies');
    expect(await tabTo()).toBe('a: View cookies');
    expect(await tabTo()).toBe('a: Skip to main content');
  });

  it('shows a visible focus on its buttons', async () => {
    await session.open('/');
    await session.tab.keyboard.press('Tab');
    const style = await session.tab.evaluate(() => {
      // The test site's own style fades colours in; read the focus style as it ends.
      for (const animation of document.getAnimations()) animation.finish();
      const computed = getComputedStyle(document.activeElement as Element);
      return [computed.backgroundColor, computed.color, computed.boxShadow];
    });
    expect(style[0]).toBe('rgb(255, 221, 0)');
    expect(style[1]).toBe('rgb(11, 12, 12)');
    expect(style[2]).toContain('rgb(11, 12, 12) 0px 4px');
  });

  it('accepts with Enter, moves focus to the confirmation, and hides with Space', async () => {
    await session.open('/');
    await session.tab.keyboard.press('Tab');
    await session.tab.keyboard.press('Enter');
    expect(await consentState()).toMatchObject({
      decided: true,
      analytical: true,
      method: 'banner',
    });
    expect(await focused()).toBe('div: alert');
    expect(await session.tab.evaluate(() => document.activeElement?.textContent)).toContain(
      'You’ve accepted analytics cookies.',
    );
    expect(await tabTo()).toBe('a: change your cookie settings');
    expect(await tabTo()).toBe('button: Hide cookie message');
    await session.tab.keyboard.press(' ');
    expect(await session.tab.getByRole('region').count()).toBe(0);
    // Focus carries on from where the banner was: the next Tab reaches the page.
    expect(await tabTo()).toBe('a: Skip to main content');
  });

  it('rejects with Space, and moves focus to that confirmation', async () => {
    await session.open('/');
    await session.tab.keyboard.press('Tab');
    await session.tab.keyboard.press('Tab');
    await session.tab.keyboard.press(' ');
    expect(await consentState()).toMatchObject({
      decided: true,
      analytical: false,
      method: 'banner',
    });
    expect(await session.tab.evaluate(() => document.activeElement?.textContent)).toContain(
      'You’ve rejected analytics cookies.',
    );
    expect(await tabTo()).toBe('a: change your cookie settings');
    await session.tab.keyboard.press('Enter');
    await session.tab.waitForURL(/\/cookies$/);
  });
});

describe('the cookies page, by keyboard alone', () => {
  it('reaches the choice and Save in order, saves with Enter and moves focus to the success message', async () => {
    await session.open('/cookies');
    const order: string[] = [];
    for (let presses = 0; presses < 8 && !order.includes('button: Save cookie settings'); presses++)
      order.push(await tabTo());
    // Nothing is chosen for a visitor who has not decided: Tab enters the group at "yes".
    expect(order.slice(-2)).toEqual(['input: yes', 'button: Save cookie settings']);
    await session.tab.keyboard.press('Shift+Tab');
    await session.tab.keyboard.press(' ');
    await session.tab.keyboard.press('ArrowDown');
    expect(await focused()).toBe('input: no');
    await session.tab.keyboard.press('Tab');
    await session.tab.keyboard.press('Enter');
    expect(await consentState()).toMatchObject({
      decided: true,
      analytical: false,
      method: 'preferences',
    });
    expect(await focused()).toBe('div: alert');
    expect(await session.tab.evaluate(() => document.activeElement?.textContent)).toContain(
      'You’ve set your cookie preferences.',
    );
  });

  it('does not save without a choice: the browser asks for one first', async () => {
    await session.open('/cookies');
    await session.tab.getByRole('button', { name: 'Save cookie settings' }).focus();
    await session.tab.keyboard.press('Enter');
    expect(await consentState()).toMatchObject({ decided: false });
    expect(await focused()).toBe('input: yes');
  });
});
