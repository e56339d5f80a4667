/** A name in both of the app's languages (GLOSSARY.md: one name per concept, in 中文 and English). */
export interface Name {
  zh: string;
  en: string;
}
