import { breachSlides } from '../features/explorer/slides/BreachSlides';
import type { SlideRegistry } from '../features/presentation/slideRegistry';
import { workforceSlides } from '../features/workforce/slides/WorkforceSlides';

/** Every kind of slide, each from the feature whose figures it shows. */
export const SLIDES: SlideRegistry = { ...breachSlides, ...workforceSlides };
