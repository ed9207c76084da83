package org.fingertip.registry.campaign;

/** One sampled app of a campaign: its state, its re-check once started, and why it was skipped. */
public record CampaignMember(long campaignId, long appId, String appName, MemberState state, Long recheckId,
                             String note) {
}
