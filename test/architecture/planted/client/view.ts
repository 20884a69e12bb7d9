export const clientValue = 5;
