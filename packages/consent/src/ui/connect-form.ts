import type { ConsentManager } from '../browser/create-consent';
import type { ConsentState } from '../decision/consent-state';

/**
 * Wires a mounted banner or cookies page: handles the submissions of the forms under
 * `element` and follows the manager's state. Returns the function that undoes both.
 */
export function connectForm(
  manager: ConsentManager,
  element: HTMLElement,
  onSubmit: (event: SubmitEvent) => void,
  onChange: (state: ConsentState) => void,
): () => void {
  element.addEventListener('submit', onSubmit);
  const unsubscribe = manager.subscribe(onChange);
  return () => {
    element.removeEventListener('submit', onSubmit);
    unsubscribe();
  };
}
