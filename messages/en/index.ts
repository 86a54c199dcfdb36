// One file per area keeps parallel work from colliding in one catalogue;
// namespaces (top-level keys) must not repeat across files (a unit test checks).
import core from "./core.json";
import tasks from "./tasks.json";
import notices from "./notices.json";
import imports from "./imports.json";
import excel from "./excel.json";
import api from "./api.json";
import report from "./report.json";
import tagging from "./tagging.json";

export const MESSAGE_FILES = { core, tasks, notices, imports, excel, api, report, tagging };
const messages = { ...core, ...tasks, ...notices, ...imports, ...excel, ...api, ...report, ...tagging };
export default messages;
