/** opencc-js ships its dictionaries as modules without types: "繁 简|…" pairs in one string. */
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/STCharacters' {
  const dict: string;
  export default dict;
}
