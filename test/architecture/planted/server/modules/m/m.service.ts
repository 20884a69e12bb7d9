export const moduleValue = 2;
