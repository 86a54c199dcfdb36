import { defineEndpoint } from "../endpoint";
import { ZIdParams } from "../schemas/common";
import { ZApiIndicatorFramework, ZApiIndicatorFrameworkList } from "../schemas/indicators";

export const listIndicatorFrameworksEndpoint = defineEndpoint({
  operationId: "listIndicatorFrameworks",
  method: "get",
  path: "/indicator-frameworks",
  tag: "indicators",
  summary: "指标体系及其指标树",
  description: "Every framework (the 1211 levers, the national demonstration system, imported ones) with its coded indicators. Frameworks are public within the platform.",
  auth: "signed_in",
  success: { status: 200, description: "The frameworks", schema: ZApiIndicatorFrameworkList },
  errors: [401],
});

export const getIndicatorFrameworkEndpoint = defineEndpoint({
  operationId: "getIndicatorFramework",
  method: "get",
  path: "/indicator-frameworks/{id}",
  tag: "indicators",
  summary: "一个指标体系的指标树",
  auth: "signed_in",
  params: ZIdParams,
  success: { status: 200, description: "The framework and its indicators", schema: ZApiIndicatorFramework },
  errors: [401, 404],
});
