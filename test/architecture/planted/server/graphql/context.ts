export const root = 4;
