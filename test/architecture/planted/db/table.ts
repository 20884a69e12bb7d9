export const table = 'x';
