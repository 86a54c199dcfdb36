// One file per area keeps parallel work from colliding in one catalogue;
// namespaces (top-level keys) must not repeat across files (a unit test checks).
import core from "./core.json";
import tasks from "./tasks.json";
import notices from "./notices.json";
import imports from "./imports.json";
import excel from "./excel.json";
import api from "./api.json";
import report from "./report.json";
import admin from "./admin.json";
import auditSeal from "./audit-seal.json";
import auditWords from "./audit-words.json";
import cockpit from "./cockpit.json";
import indicators from "./indicators.json";
import rollover from "./rollover.json";
import tagging from "./tagging.json";
import taskDetail from "./task-detail.json";
import ux from "./ux.json";
import demonstration from "./demonstration.json";

export const MESSAGE_FILES = { core, tasks, notices, imports, excel, api, report, admin, auditSeal, auditWords, cockpit, indicators, rollover, tagging, taskDetail, ux, demonstration };
const messages = { ...core, ...tasks, ...notices, ...imports, ...excel, ...api, ...report, ...admin, ...auditSeal, ...auditWords, ...cockpit, ...indicators, ...rollover, ...tagging, ...taskDetail, ...ux, ...demonstration };
export default messages;
