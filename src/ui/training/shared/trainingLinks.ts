/** Hash links inside training mode. */
const part = (s: string) => encodeURIComponent(s);

export const trainingHref = {
  list: () => '#/training/',
  exercise: (id: string) => `#/training/${part(id)}`,
  debrief: (id: string) => `#/training/${part(id)}/debrief`,
  facilitator: (id: string) => `#/training/facilitator/${part(id)}`,
  author: () => '#/training/author',
};
