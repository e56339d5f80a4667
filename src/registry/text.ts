/** A name in both of the app's languages (GLOSSARY.md: one name per concept, in 中文 and English). */
export interface Name {
  zh: string;
  en: string;
}

// Every concept's names are data in glossary.json, one table a concept keyed by its codes; each
// registry file types its table against its codes, and registry.test.ts checks that the codes and
// the names match exactly, so a guide's glossary can be made from the same file.
