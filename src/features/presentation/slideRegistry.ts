import type { ComponentType } from 'react';
import type { SlideShow } from '../../data/deck/Deck';

/**
 * What each kind of slide draws, laid out for the slide frame (1600 × 900). Each feature offers
 * the slides of its own figures (features do not import each other); the app composes them into
 * one registry. A slide component takes no props: it reads the slide's view with `useView()`
 * (the live view while presenting, the slide's saved view in a handout) and loads its own data.
 * The headline slide is the presentation's own and needs no entry.
 */
export type SlideRegistry = Partial<Record<Exclude<SlideShow, 'headline'>, ComponentType>>;
