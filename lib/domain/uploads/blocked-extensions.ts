// Names that an operating system would run, or a browser would render as
// active content, whatever the bytes say: a plain-text `.bat` or `.js` file is
// still a script on the desktop of whoever downloads it. Refused outright.
const BLOCKED_EXTENSIONS = new Set([
  // Windows executables, installers and shortcuts
  "exe", "com", "scr", "pif", "cpl", "dll", "sys", "msi", "msp", "mst", "lnk", "url", "reg", "inf", "chm", "hlp",
  // Windows scripts
  "bat", "cmd", "ps1", "psm1", "psd1", "vb", "vbs", "vbe", "js", "jse", "mjs", "cjs", "wsf", "wsh", "wsc", "sct", "hta",
  // Unix and other executables and scripts
  "sh", "bash", "zsh", "csh", "ksh", "run", "bin", "elf", "so", "dylib", "app", "command", "py", "pyc", "pl", "rb", "php", "phtml", "jar", "class", "apk", "deb", "rpm", "dmg", "pkg",
  // markup that browsers render (and run scripts in)
  "html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "xslt", "asp", "aspx", "jsp",
]);

/** The last extension of a name, lower-cased, or "" when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : "";
}

export function hasBlockedExtension(name: string): boolean {
  return BLOCKED_EXTENSIONS.has(extensionOf(name));
}
