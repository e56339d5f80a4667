/**
 * The command line's sentences about the files it is given, each in Chinese and English on one line
 * (a terminal has no language switch).
 */
export const CLI_FILES = {
  readAsGb18030: (file: string) =>
    `${file} 不是 UTF-8 编码，已按 GB 18030（GBK）读取 / ${file} is not UTF-8; read it as GB 18030 (GBK)`,
  unknownEncoding: (file: string) =>
    `${file} 既不是 UTF-8 也不是 GB 18030（GBK）编码的文本，请用 UTF-8 另存后重试 / ${file} is neither UTF-8 nor GB 18030 (GBK) text; save it as UTF-8 and try again`,
  outIsInput: (out: string) =>
    `--out ${out} 就是输入的场景文件，写入会覆盖它；请换一个文件名 / --out ${out} is the input scenario file and would overwrite it; choose another name`,
};
