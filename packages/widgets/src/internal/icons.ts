import { type SVGTemplateResult, svg } from 'lit';

/*
 * Shapes that tell statuses apart without colour: each status shown with an icon also says
 * its name in text, the icon only repeats it for quick scanning (aria-hidden). One table per
 * kind of status, so that an element's bundle holds only the shapes it can show.
 */
const ring = 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13';
const check = 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM4.5 8.2l2.3 2.3 4.7-4.8';
const notAvailable = `${ring}M3.5 12.5l9-9`;

/** The "illustrative data" and other notices. */
export const infoIcon = `${ring}M8 7v4.5M8 4.5v.5`;

/** Progress statuses of a measure (`assessProgress`). */
export const progressIcons: Record<string, string> = {
  target_achieved: check,
  substantial_progress: 'M3 8.5l5-5 5 5M3 13l5-5 5 5',
  moderate_progress: 'M3 11l5-5 5 5',
  limited_progress: 'M2 8h11M9.5 4.5L13 8l-3.5 3.5',
  // A warning sign, not a down arrow: "Xấu đi" is a rising line when the measure should fall.
  deterioration: 'M8 1.5L15 14H1zM8 6v4M8 11.5v.5',
  not_available: notAvailable,
};

/** Where a yearly report stands, and overdue. */
export const reportIcons: Record<string, string> = {
  missing: ring,
  draft: 'M2.5 13.5l1-3.5 7.5-7.5 2.5 2.5-7.5 7.5zM9.5 4l2.5 2.5',
  submitted: 'M1.5 7.5l13-6-4 13-3-5.5zM7.5 9l7-7.5',
  returned: 'M5.5 2.5L2 6l3.5 3.5M2 6h7.5a4 4 0 0 1 0 8H6',
  accepted: check,
  overdue: `${ring}M8 4v4.5l3 2`,
};

/** Progress of a task, as reported. */
export const taskIcons: Record<string, string> = {
  not_started: ring,
  in_progress: `${ring}M8 1.5v13`,
  completed: check,
  not_applicable: 'M3.5 8h9',
  unreported: `${ring}M6 6a2 2 0 1 1 2.5 2c-.5.2-.5.6-.5 1.5M8 11.5v.5`,
};

/** A status icon from one of the tables above (`icon(progressIcons[status])`); decorative, the status's text sits next to it. An unknown status gets the "not available" shape. */
export function icon(path: string | undefined): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${path ?? notAvailable}></path></svg>`;
}
