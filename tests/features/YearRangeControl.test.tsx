// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { YearRangeControl } from '../../src/features/explorer/YearRangeControl';
import { useAppStore } from '../../src/state/store';

const MIN = 2009;
const MAX = 2026;
const from = () => screen.getByLabelText('From') as HTMLSelectElement;
const to = () => screen.getByLabelText('to') as HTMLSelectElement;
const stored = () => [useAppStore.getState().yearFrom, useAppStore.getState().yearTo];

beforeEach(() => useAppStore.setState({ yearFrom: null, yearTo: null }));
afterEach(cleanup);

describe('YearRangeControl', () => {
  it('a chosen year shows in the picker at once and reaches the store after the paint', async () => {
    render(<YearRangeControl min={MIN} max={MAX} />);
    expect([from().value, to().value]).toEqual([String(MIN), String(MAX)]);
    fireEvent.change(from(), { target: { value: '2015' } });
    expect(from().value).toBe('2015');
    expect(stored()).toEqual([null, null]);
    await waitFor(() => expect(stored()).toEqual([2015, null]));
    // A "to" before "from" moves "from" with it.
    fireEvent.change(to(), { target: { value: '2012' } });
    expect([from().value, to().value]).toEqual(['2012', '2012']);
    await waitFor(() => expect(stored()).toEqual([2012, 2012]));
  });

  it('All years clears the range (open ends stored as null) and is disabled when nothing is chosen', async () => {
    useAppStore.setState({ yearFrom: 2014, yearTo: 2016 });
    render(<YearRangeControl min={MIN} max={MAX} />);
    const all = screen.getByRole('button', { name: 'All years' }) as HTMLButtonElement;
    expect(all.disabled).toBe(false);
    fireEvent.click(all);
    expect([from().value, to().value]).toEqual([String(MIN), String(MAX)]);
    expect(all.disabled).toBe(true);
    await waitFor(() => expect(stored()).toEqual([null, null]));
  });

  it('a range set elsewhere (the brush, a link) shows in the pickers', async () => {
    render(<YearRangeControl min={MIN} max={MAX} />);
    fireEvent.change(from(), { target: { value: '2020' } });
    await waitFor(() => expect(stored()).toEqual([2020, null]));
    useAppStore.setState({ yearFrom: 2010, yearTo: 2011 });
    await waitFor(() => expect([from().value, to().value]).toEqual(['2010', '2011']));
  });
});
