/** A lever path as a test id and element id: plan.budgets.city → plan-budgets-city. */
export function leverTestId(path: string): string {
  return path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
