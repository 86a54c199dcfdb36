-- The frameworks Dudao ships (lib/domain/indicators/shipped-frameworks.ts, kept in step
-- by tests/integration/indicator-frameworks.test.ts). Every install gets them, demo or not.
INSERT INTO "indicator_frameworks" ("code", "name", "kind", "description", "shipped", "sort_order") VALUES
  ('1211', '“1211”法治政府建设推进机制', 'mechanism', '两抓手：推进服务型行政执法、落实行政执法责任制；一带动：示范创建。', true, 1),
  ('SFZB-2021', '市县法治政府建设示范指标体系（2021年版）', 'demonstration', '中央依法治国办印发，10项一级指标、34项二级指标、104项三级指标。Dudao 预置已核实的部分，其余请按发布的指标表从 Excel 导入。', true, 2)
ON CONFLICT ("code") DO NOTHING;--> statement-breakpoint
INSERT INTO "framework_indicators" ("framework_id", "code", "name", "level", "sort_order")
SELECT f."id", v.code, v.name, 1, v.sort_order
FROM "indicator_frameworks" f
JOIN (VALUES
  ('1211', 'A', '两抓手', 1),
  ('1211', 'B', '一带动', 2),
  ('SFZB-2021', '1', '政府职能依法全面履行', 1)
) AS v(framework_code, code, name, sort_order) ON v.framework_code = f."code"
ON CONFLICT ("framework_id", "code") DO NOTHING;--> statement-breakpoint
INSERT INTO "framework_indicators" ("framework_id", "code", "name", "level", "parent_id", "sort_order")
SELECT f."id", v.code, v.name, 2, p."id", v.sort_order
FROM "indicator_frameworks" f
JOIN (VALUES
  ('1211', 'A1', '推进服务型行政执法', 'A', 1),
  ('1211', 'A2', '落实行政执法责任制', 'A', 2),
  ('1211', 'B1', '示范创建', 'B', 1),
  ('SFZB-2021', '1.1', '加大简政放权力度', '1', 1)
) AS v(framework_code, code, name, parent_code, sort_order) ON v.framework_code = f."code"
JOIN "framework_indicators" p ON p."framework_id" = f."id" AND p."code" = v.parent_code
ON CONFLICT ("framework_id", "code") DO NOTHING;
