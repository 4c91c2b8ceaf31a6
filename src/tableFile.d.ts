/** `…/breaches.csv?table`: the URL of the CSV's binary table file (scripts/breachTableFile.ts). */
declare module '*.csv?table' {
  const url: string;
  export default url;
}
