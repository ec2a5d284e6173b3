import cors from "cors";
import express from "express";

// expect: cors-regex
const corsOrigins = [/^https:\/\/app.example.com$/, "https://admin.example.com"];
// expect: cors-regex
const CORS_PATTERN = /https:\/\/.*.partner.io/;
const corsOriginsEscaped = [/^https:\/\/app\.example\.com$/, /^https:\/\/[a-z]+\.partner\.io$/];

const app = express();
app.use("/api", cors({ origin: corsOrigins }));
app.use("/partner", cors({ origin: CORS_PATTERN }));
app.use("/v2", cors({ origin: corsOriginsEscaped }));

export default app;
