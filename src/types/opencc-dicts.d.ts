// opencc-js ships its dictionaries as JS modules without declarations: each exports one string,
// "source target|source target|…".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
