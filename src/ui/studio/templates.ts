/**
 * The templates a new scenario starts from: copies of the bundled scenarios (the
 * tutorial, small; the flagship, full-sized), each fetched only when chosen. The copy
 * gets an id of its own, so its previews and saves are never taken for the original's.
 */
export const TEMPLATES = {
  tutorial: () => import('../../../scenarios/tutorial.yaml?raw'),
  flagship: () => import('../../../scenarios/flagship.yaml?raw'),
} as const;
export type TemplateId = keyof typeof TEMPLATES;

export function asNewScenario(text: string, template: TemplateId): string {
  return text.replace(/^id:[^\n]*$/m, `id: my-${template}`);
}

export async function templateText(template: TemplateId): Promise<string> {
  return asNewScenario((await TEMPLATES[template]()).default, template);
}
