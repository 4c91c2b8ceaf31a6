// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('keeps a render error inside its panel, names it, and "Reload this view" draws the panel again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Fragile() {
      if (broken) throw new Error('bad state code 99');
      return <p>state map drawn</p>;
    }
    render(
      <>
        <ErrorBoundary label="the state map">
          <Fragile />
        </ErrorBoundary>
        <p>the overview</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The state map could not be shown (bad state code 99). The rest of the page still works.Reload this view',
    );
    expect(screen.getByText('the overview')).toBeTruthy();
    // Whatever broke it is gone (new data arrived): the reload draws it again.
    broken = false;
    fireEvent.click(screen.getByTestId('error-boundary-reload'));
    expect(screen.getByText('state map drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    quiet.mockRestore();
  });
});
