export const internal = 3;
