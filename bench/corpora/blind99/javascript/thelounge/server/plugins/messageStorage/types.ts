export type SearchQuery = {
	searchTerm: string;
	networkUuid: string;
	channelName: string;
	offset: number;
};

export interface MessageStorage {
	isEnabled: boolean;
	search(query: SearchQuery): Promise<any>;
	searchChannel?(query: SearchQuery): Promise<any>;
}
