// PNG scale bounds: 2× is the default for slides; 4× for print; above that files get huge for no gain.
export const MIN_SCALE = 1;
export const MAX_SCALE = 4;
