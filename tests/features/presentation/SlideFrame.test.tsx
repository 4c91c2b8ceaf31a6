// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/data/deck/Deck';
import {
  fitScale,
  SlideCanvas,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
} from '../../../src/features/presentation/SlideCanvas';
import { SlideFrame } from '../../../src/features/presentation/SlideFrame';
import { parseUrlState } from '../../../src/state/urlState';
import { Seeded, ViewEcho } from './presentationFixture';

afterEach(cleanup);

const slide = (over: Partial<Slide> = {}): Slide => ({
  id: 's',
  view: '?v=2&from=2020&to=2021&m=breaches',
  show: 'time',
  title: 'Reports by year',
  caption: 'Across {breaches} reports.',
  notes: 'Say something.',
  question: 'Guess first?',
  ...over,
});

describe('fitScale (the 16:9 frame on any screen)', () => {
  it.each([
    [1024, 768, 0.64],
    [1366, 768, 768 / 900],
    [1920, 1080, 1.2],
    [3840, 2160, 2.4],
  ])('%i × %i → %f, never wider or taller than the screen', (w, h, expected) => {
    const s = fitScale(w, h);
    expect(s).toBeCloseTo(expected, 6);
    expect(SLIDE_WIDTH * s).toBeLessThanOrEqual(w + 1e-9);
    expect(SLIDE_HEIGHT * s).toBeLessThanOrEqual(h + 1e-9);
  });

  it('letterboxes a 4:3 projector: full width, bars above and below', () => {
    const s = fitScale(1024, 768);
    expect(SLIDE_WIDTH * s).toBe(1024);
    expect(SLIDE_HEIGHT * s).toBe(576);
  });

  it('SlideCanvas takes the scaled size and scales its 1600 × 900 content', () => {
    const { container } = render(
      <SlideCanvas scale={0.5}>
        <p>inside</p>
      </SlideCanvas>,
    );
    const box = container.querySelector<HTMLElement>('.slide-canvas-box')!;
    expect(box.style.width).toBe('800px');
    expect(box.style.height).toBe('450px');
    expect(container.querySelector<HTMLElement>('.slide-canvas')!.style.transform).toBe(
      'scale(0.5)',
    );
  });
});

describe('SlideFrame', () => {
  it('draws the registered figure with the view it is given, the caption filled from the data', () => {
    const s = slide();
    render(
      <Seeded>
        <SlideFrame slide={s} view={parseUrlState(s.view)} showFigure slides={{ time: ViewEcho }} />
      </Seeded>,
    );
    expect(screen.getByRole('heading', { name: 'Reports by year' })).toBeTruthy();
    expect(screen.getByTestId('echo').textContent).toBe(
      'years 2020–2021, measure breaches, cycle newest',
    );
    // {breaches} filled from the small fixture, never left as a token.
    expect(document.body.textContent).not.toContain('{breaches}');
    expect(document.body.textContent).toMatch(/Across \d+ reports\./);
    expect(screen.getByTestId('slide-source').textContent).toContain('HHS Office for Civil Rights');
  });

  it('shows the question, and neither the figure nor the caption, until it is revealed', () => {
    const s = slide();
    render(
      <Seeded>
        <SlideFrame
          slide={s}
          view={parseUrlState(s.view)}
          showFigure={false}
          slides={{ time: ViewEcho }}
        />
      </Seeded>,
    );
    expect(screen.getByTestId('slide-question').textContent).toContain('Guess first?');
    expect(screen.queryByTestId('echo')).toBeNull();
    expect(document.body.textContent).not.toContain('Across');
  });

  it('says so when no feature drew this kind of slide, instead of showing nothing', () => {
    const s = slide({ show: 'map' });
    render(
      <Seeded>
        <SlideFrame slide={s} view={parseUrlState(s.view)} showFigure slides={{ time: ViewEcho }} />
      </Seeded>,
    );
    expect(screen.getByRole('alert').textContent).toContain('(map) cannot be drawn');
  });
});
