import { NextRequest, NextResponse } from "next/server";

import PurchaseModel from "@models/Purchase";
import { getDomain } from "@/lib/request-context";

function escapeHtml(value: string) {
    return value
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}

export async function GET(req: NextRequest) {
    const domain = await getDomain();
    if (!domain) {
        return NextResponse.json({ message: "Domain not found" }, { status: 404 });
    }
    const purchaseId = req.nextUrl.searchParams.get("id") || "";
    const purchase = await PurchaseModel.findOne({ purchaseId, domain: domain._id }).lean();
    const courseName = purchase ? escapeHtml(String(purchase.courseName)) : "your course";
    const status = req.nextUrl.searchParams.get("status") || "pending";

    if (status === "failed") {
        const reason = req.nextUrl.searchParams.get("reason") || "unknown";
        // expect: xss
        return new NextResponse(`<html><body><h1>Payment failed</h1><p>${reason}</p></body></html>`, { headers: { "content-type": "text/html" } });
    }

    return new NextResponse(
        `<html><body><h1>Thank you!</h1><p>You now have access to ${courseName}.</p><p>Status: ${escapeHtml(status)}</p></body></html>`,
        { headers: { "content-type": "text/html" } },
    );
}
