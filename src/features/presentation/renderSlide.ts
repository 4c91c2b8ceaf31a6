import type { ReactNode } from 'react';
import type { Slide } from '../../data/deck/Deck';
import type { ViewState } from '../../state/viewState';

/**
 * Draws the dashboard part a slide shows. The app provides it (features do not import each other):
 * `fixedView` undefined = the live view in the store (presenting); set = a still copy (handout).
 */
export type RenderSlide = (slide: Slide, fixedView?: ViewState) => ReactNode;
