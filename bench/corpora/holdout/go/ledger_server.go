package ledger

import (
	"context"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"encoding/hex"
	"fmt"
	"log"
	mrand "math/rand"
	"net"
	"os"
	"strconv"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/status"

	pb "example.com/ledger/gen/ledgerpb"
)

type Server struct {
	pb.UnimplementedLedgerServer
	db     *sql.DB
	secret []byte
}

func (s *Server) GetEntries(ctx context.Context, req *pb.GetEntriesRequest) (*pb.GetEntriesResponse, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, amount FROM entries WHERE account_id = $1 AND currency = $2", req.AccountId, req.Currency)
	if err != nil {
		return nil, status.Error(codes.Internal, "query failed")
	}
	defer rows.Close()
	return &pb.GetEntriesResponse{}, nil
}

func (s *Server) SearchEntries(ctx context.Context, req *pb.SearchRequest) (*pb.GetEntriesResponse, error) {
	limit := strconv.Itoa(int(req.Limit))
	// expect: sql-injection
	rows, err := s.db.QueryContext(ctx, "SELECT id, amount FROM entries WHERE memo LIKE '%"+req.Memo+"%' LIMIT "+limit)
	if err != nil {
		return nil, status.Error(codes.Internal, "query failed")
	}
	defer rows.Close()
	return &pb.GetEntriesResponse{}, nil
}

func (s *Server) Transfer(ctx context.Context, req *pb.TransferRequest) (*pb.TransferResponse, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET balance = balance - $1 WHERE id = $2", req.Amount, req.From); err != nil {
		return nil, err
	}
	// expect: unhandled-error
	tx.ExecContext(ctx, "UPDATE accounts SET balance = balance + $1 WHERE id = $2", req.Amount, req.To)
	// expect: unhandled-error
	tx.Commit()
	return &pb.TransferResponse{Id: transferID()}, nil
}

func (s *Server) Audit(ctx context.Context, req *pb.AuditRequest) (*pb.AuditResponse, error) {
	table := "audit_" + req.Year
	// expect: sql-injection
	row := s.db.QueryRowContext(ctx, fmt.Sprintf("SELECT count(*) FROM %s WHERE account_id = $1", table), req.AccountId)
	var n int64
	if err := row.Scan(&n); err != nil {
		return nil, err
	}
	return &pb.AuditResponse{Count: n}, nil
}

func transferID() string {
	// expect: insecure-random
	return fmt.Sprintf("tr_%016x", mrand.Uint64())
}

func (s *Server) sign(payload []byte) string {
	m := hmac.New(sha256.New, s.secret)
	m.Write(payload)
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Server) legacySign(payload []byte) string {
	// expect: weak-crypto
	m := hmac.New(md5.New, s.secret)
	m.Write(payload)
	return hex.EncodeToString(m.Sum(nil))
}

func Serve(addr string, srv *Server) error {
	cert, err := tls.LoadX509KeyPair(os.Getenv("TLS_CERT"), os.Getenv("TLS_KEY"))
	if err != nil {
		return err
	}
	creds := credentials.NewTLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12})
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	g := grpc.NewServer(grpc.Creds(creds))
	pb.RegisterLedgerServer(g, srv)
	log.Printf("ledger listening on %s", addr)
	return g.Serve(lis)
}

func DialPeer(addr string) (*grpc.ClientConn, error) {
	// expect: tls-verify-off
	creds := credentials.NewTLS(&tls.Config{InsecureSkipVerify: true})
	return grpc.Dial(addr, grpc.WithTransportCredentials(creds))
}
